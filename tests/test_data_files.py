"""The data files (lexicons, gazetteers, patterns) and how they are read."""

import yaml

from accord.data import DATA_DIR, _Loader


def test_every_yaml_file_reads_the_same_with_either_parser():
    """The libyaml parser is a speed-up only: each file gives the objects the pure-Python
    parser gives, with only true/false read as booleans ("yes", "no", "on" stay words)."""

    class PythonLoader(yaml.SafeLoader):
        yaml_implicit_resolvers = _Loader.yaml_implicit_resolvers

    files = sorted(DATA_DIR.rglob("*.yaml"))
    assert files
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert yaml.load(text, Loader=_Loader) == yaml.load(text, Loader=PythonLoader), path  # noqa: S506
    assert yaml.load("[yes, no, on, true]", Loader=_Loader) == ["yes", "no", "on", True]  # noqa: S506
