Feature: Exports from the bank: a teacher's set as an Anki deck or an LMS file
  A set in the bank exports as it stands: its active questions in the set's order, teachers'
  edits included. Learners download the Anki deck of a published set; teachers every format.

  Background:
    Given a bank with the seed article "004" ingested as the set "Week 1"

  Scenario: The command exports a set from the bank as an Anki deck
    When I run "quizgen export --format apkg --set 'Week 1'" without PATHs
    Then the deck imports into a fresh Anki collection, a note per active question of the set, under "Week 1::" and the article's title

  Scenario: A teacher's edit reaches learners' decks in place
    Given the set was exported from the bank an hour ago and imported into a fresh Anki collection
    When a teacher edits a question's explanation in the bank
    And I run "quizgen export --format apkg --set 'Week 1'" without PATHs
    And the new package is imported into the same collection
    Then no note is added and the edited note shows the teacher's explanation

  Scenario: The export holds the set's active questions in the set's order, edits included
    Given a teacher disabled one question of the set and edited another
    When I run "quizgen export --format json" without PATHs
    Then the JSON holds every active question of "Week 1" in the set's order, with the teacher's edit
    And the disabled question is not in it

  Scenario Outline: The command explains what it cannot export from the bank
    Given <state>
    When I run "quizgen export --format gift <arguments>" without PATHs
    Then it fails with the one-line message "<message>" and writes nothing

    Examples:
      | state                                 | arguments    | message                                                  |
      | an empty bank                         |              | the bank has no published set                            |
      | the bank as it is                     | --set 'Week 9' | no set named 'Week 9' in the bank                        |
      | a second published set "Week 2"       |              | the bank has 2 published sets ('Week 1', 'Week 2')       |
      | a teacher disabled every question     |              | set 'Week 1' has no active questions to export           |

  Scenario Outline: A teacher downloads the set in every format
    Given a teacher logged in to the web app
    When the teacher downloads the set as <format>
    Then the response is "<content type>" named "Week 1.<suffix>"
    And the file holds every active question of the set

    Examples:
      | format | content type                              | suffix |
      | apkg   | application/octet-stream                  | apkg   |
      | moodle | application/xml; charset=utf-8            | xml    |
      | gift   | text/plain; charset=utf-8                 | gift.txt |
      | csv    | text/csv; charset=utf-8                   | csv    |
      | tsv    | text/tab-separated-values; charset=utf-8  | tsv    |
      | json   | application/json                          | json   |

  Scenario: The set pages offer the downloads
    Given a teacher logged in to the web app
    Then the teacher's set page links to a download in every format
    And the student's set page links to "Download Anki deck"

  Scenario: Anyone downloads the Anki deck of a published set, and only that
    Given an anonymous visitor of the web app
    When the visitor downloads the set's Anki deck
    Then the response is "application/octet-stream" named "Week 1.apkg"
    And the file holds every active question of the set
    When the visitor asks for the set as Moodle XML from the teacher's page
    Then the visitor is sent to the login page and gets no file
    When the set is unpublished and the visitor downloads its Anki deck again
    Then the visitor gets a 404 and no file

  Scenario: The anonymous deck is built once per version of the set
    Given an anonymous visitor of the web app
    When the visitor downloads the set's Anki deck
    And the visitor downloads the set's Anki deck again
    Then both downloads are the same deck, built once and kept once
    When a teacher edits a question's explanation in the bank
    And the visitor downloads the set's Anki deck again
    Then the deck is built anew with the teacher's explanation, and only it is kept

  Scenario: A question edited to hold characters XML cannot carry still exports to Moodle
    Given a teacher put U+FFFE, U+FFFF and a NUL byte in a question's prompt and answer
    And a teacher logged in to the web app
    When the teacher downloads the set as moodle
    Then the response is "application/xml; charset=utf-8" named "Week 1.xml"
    And Moodle's own import code stores every question of the download with no message
    When I run "quizgen export --format moodle" without PATHs
    Then the command exports every active question without a traceback
