// True when no actor and no source is stored.
RETURN NOT EXISTS { MATCH (n) WHERE n:Actor OR n:Source } AS empty
