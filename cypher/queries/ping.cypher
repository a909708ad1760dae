// A trivial read: proves the server answers.
RETURN 1 AS ok
