// Switch: the staged sources become :Source.
MATCH (s:StagedSource)
REMOVE s:StagedSource
SET s:Source
