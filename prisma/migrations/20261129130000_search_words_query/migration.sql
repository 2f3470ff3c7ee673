-- The tsquery of what a person typed: each word as typed (names, titles, tags, domain, team and
-- field names are indexed unstemmed) OR its English stem (descriptions are stemmed), and every word
-- required, in whichever field it is: "( 'customer' | 'custom' ) & 'master'". The search used to OR
-- the two whole readings ("'customer' & 'master' | 'custom' & 'master'"), which missed a product
-- whose words change form across fields ("quokkas mastering" against the title "Quokkas Ledger" and
-- the description "Mastered nightly"), and made the GIN scan walk the posting lists of both
-- readings of a common word instead of skipping through them from the rarest word.
-- English stop words are left out, as plainto_tsquery leaves them out, unless every word is one;
-- a last word read as a prefix is kept, as it may be the start of another word. Immutable: with its
-- arguments bound, the planner folds it to a constant and estimates the matches from the index.
CREATE FUNCTION "search_words_query"("words" TEXT[], "last_as_prefix" BOOLEAN) RETURNS tsquery
  LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
  AS $$
DECLARE
  result tsquery;
  word tsquery;
  stem tsquery;
  stemmed BOOLEAN := FALSE;
  last INTEGER := cardinality("words");
BEGIN
  FOR position IN 1 .. last LOOP
    word := to_tsquery('simple', "words"[position] || CASE WHEN "last_as_prefix" AND position = last THEN ':*' ELSE '' END);
    stem := plainto_tsquery('english', "words"[position]);
    IF numnode(stem) > 0 THEN
      stemmed := TRUE;
      IF stem <> word THEN
        word := word || stem;
      END IF;
    ELSIF NOT ("last_as_prefix" AND position = last) THEN
      CONTINUE;
    END IF;
    result := CASE WHEN result IS NULL THEN word ELSE result && word END;
  END LOOP;
  IF NOT stemmed AND last > 0 THEN
    RETURN to_tsquery('simple', array_to_string("words", ' & ') || CASE WHEN "last_as_prefix" THEN ':*' ELSE '' END);
  END IF;
  RETURN result;
END $$;
