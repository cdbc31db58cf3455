"""Maintainer tools: regenerating data files and the benchmark. Not used at run time."""
