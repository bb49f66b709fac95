Feature: Exports: Anki decks that update in place, and LMS formats for teachers
  Learners live in Anki, teachers in an LMS. Every export carries the evidence of each answer.

  Background:
    Given the set "World news" with a question of every type from two articles

  Scenario: The Anki deck imports into a real Anki collection
    When the set is exported as an Anki package
    And the package is imported into a fresh Anki collection
    Then the collection has 6 notes and 6 cards
    And the decks are "World news", "World news::Trade talks: China & Russia <2023>" and "World news::Pipeline / gas deal"
    And the note types are "quizgen Q&A", "quizgen Cloze" and "quizgen Multiple choice" with their fixed ids
    And every note is tagged with its fact kind, its question type and its article, without spaces
    And the multiple-choice note shows its choices, its answer and the evidence with the answer highlighted
    And the cloze note hides the answer in a real cloze
    And the matching note shows every pair

  Scenario: A newer export updates notes in place and keeps the review history
    Given the set was exported and imported into a fresh Anki collection
    And a card of the collection was reviewed
    When one question's explanation is edited and the set is exported again later
    And the new package is imported into the same collection
    Then no note is added and the edited note shows the new explanation
    And the reviewed card keeps its review history

  Scenario: Article text is never markup in a deck, and unaskable questions are left out
    Given a question whose prompt holds markup, a field separator and control characters
    And a question with an empty prompt and a question whose sources conflict
    When the set is exported as an Anki package
    And the package is imported into a fresh Anki collection
    Then the markup shows as text and no field holds a control character
    And the collection has 7 notes and 7 cards
    And the export reports the empty and the conflicting question as left out

  Scenario: Moodle XML as Moodle's importer reads it
    When the set is exported as Moodle XML
    Then Moodle's own import code stores all 6 questions with no message
    And the file is well-formed XML with a category "$course$/quizgen/World news/Pipeline // gas deal"
    And it has one question each of types multichoice, shortanswer, cloze, truefalse, matching and shortanswer
    And the multiple-choice question is shuffled, single-answer, with feedback on every answer
    And Moodle stores the money question accepting "$240 billion", "240 billion dollars", "$240bn" and "240000000000"
    And the cloze question embeds "{1:SHORTANSWER:=$240 billion~=240 billion dollars~=$240bn}"
    And every question has a name, an id number, tags and general feedback with the highlighted evidence

  Scenario: GIFT that an independent parser reads back
    Given a question whose prompt holds the GIFT characters ~ = # { } : and a line break
    When the set is exported as GIFT
    Then Moodle's own import code stores all 7 questions with no message
    And pygiftparser reads 7 valid questions in their categories
    And the question with GIFT characters reads back with its prompt and answer intact
    And the multiple-choice question has one right answer and 3 wrong ones, each with feedback
    And Moodle stores the money question accepting "$240 billion", "240 billion dollars", "$240bn" and "240000000000"
    And every question has general feedback with the evidence

  Scenario Outline: <format> that Anki's text importer reads
    When the set is exported as <format>
    Then Anki's text importer reads 6 notes with front, back and tags from it

    Examples:
      | format |
      | csv    |
      | tsv    |

  Scenario: JSON valid against the questions schema
    When the set is exported as JSON
    Then the JSON names the set and its articles and every question is valid and reads back unchanged

  Scenario Outline: The export command explains what it cannot do
    When I run "quizgen export <arguments>"
    Then it fails with the message "<message>" and no traceback

    Examples:
      | arguments                                  | message                                          |
      | --format docx -o out.docx seeds            | unknown format 'docx'                            |
      | --format gift -o /nonexistent/q.gift seeds | cannot write /nonexistent/q.gift: no such folder |

  Scenario: Exporting an article from the command line
    When I run quizgen export --format apkg --set Seeds on the seed article "004"
    Then the deck imports into a fresh Anki collection, a note per exported question, under "Seeds::" and the article's title
    And every note shows its evidence, at least 90% of them with the answer highlighted
