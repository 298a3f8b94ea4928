"""``python -m accord.cli``: the same as the ``accord`` console script."""

from accord.cli import main

main()
