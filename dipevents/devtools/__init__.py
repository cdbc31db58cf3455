"""Maintainer tools: regenerating data files and the benchmark. Not used at run time."""


def mit_notice(year: int) -> str:
    """The MIT licence notice of the Open Event Data Alliance's dictionaries, as the comment
    lines every file imported from them keeps."""
    return f"""# The MIT License (MIT). Copyright (c) {year} Open Event Data Alliance. Permission is hereby
# granted, free of charge, to any person obtaining a copy of this software and associated
# documentation files (the "Software"), to deal in the Software without restriction, including
# without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense,
# and/or sell copies of the Software, and to permit persons to whom the Software is furnished
# to do so, subject to the following conditions: The above copyright notice and this
# permission notice shall be included in all copies or substantial portions of the Software.
# THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED.
"""
