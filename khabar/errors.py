"""The errors khabar reports for one document; none of them stops a batch."""


class ReadError(ValueError):
    """A document could not be read (empty, binary, undecodable, too large, malformed).

    The message is one line, fit to show a user next to the document's name.
    """
