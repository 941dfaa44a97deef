"""WerkdrukDesk: the Dutch werkdruk policy cycle, offline, one file per organisation."""

__version__ = "0.1.0"
APP_NAME = "WerkdrukDesk"
