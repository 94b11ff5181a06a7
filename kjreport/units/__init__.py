"""The bureau's reporting units (县区, 乡镇, 市州 …): domain words shared by reading, checks and the CLI."""
