Feature: Direct quotations and their speakers
  Quotes are found with curly, straight, single and dash marks, as blocks and split around
  their attribution. Speakers resolve to the fullest name the article uses; quoted names of
  things and quotes without an identifiable speaker are left out.

  Scenario: A quote posted on X carries the analyst's name and role
    Given the quotes of seed "004"
    Then the quote starting "The war in Ukraine has become" is by "Alexander Gabuev" (PERSON)
    And its speaker role includes "analyst at the Carnegie Center for Russia and Eurasia"
    And its marks are "curly"
    And its cue is "Gabuev wrote"

  Scenario: Dash-led quotes run from the dash to their attribution
    Given the quotes of seed "000"
    Then the quote "This time, everything was difficult…" is by "Andrei Kolesnikov" (PERSON)
    And its marks are "dash"
    And the quote starting "The Chinese government is expanding its reach" is by "Alexei Gabuyev" (PERSON)
    And its text ends with "that it must uphold and strengthen"

  Scenario: A surname resolves to the fullest name in the article
    Given the quotes of seed "004"
    Then the quote starting "Under pressure from the US" is by "Zhao Minghao" (PERSON)
    And its cue is "Zhao said"

  Scenario: A pronoun resolves to the person named just before, outside quotes
    Given the quotes of seed "001"
    Then the quote "common threats" is by "Vladimir Putin" (PERSON)
    And its marks are "straight"
    And the quote "interaction" is by "Vladimir Putin" (PERSON)

  Scenario: A block quote takes the name on the line after it
    Given the quotes of seed "002"
    Then the quote starting "The U.S. will have to come to grips" is by "Graham Allison" (PERSON)
    And its marks are "block"

  Scenario: A state describing itself is the speaker of its self-description
    Given the quotes of seed "001"
    Then the quote "global responsible power" is by "China" (GPE)
    And its cue is "Beijing’s bid to project"

  Scenario: Organisations, unnamed officials and pairs of leaders speak too
    Given the quotes of seed "004"
    Then the quote "international and regional issues of common concern" is by "China’s Foreign Ministry" (ORG)
    And the quote "old friends" is by "Vladimir Putin and Xi Jinping" (JOINT)
    And the quote starting "China is Russia’s strategic partner" is by "Anonymous Russian official" (ANONYMOUS)

  Scenario: A joint statement is a document speaker
    Given the quotes of seed "003"
    Then the quote starting "amid international turbulence" is by "joint final statement" (DOCUMENT)
    And its marks are "straight"
    And the quote "dual deterrence" is by "joint final statement" (DOCUMENT)
    And its marks are "single"

  Scenario: Quoted names of things and unattributed wording are not quotes
    Given the quotes of seed "000"
    Then there is no quote "nuclear suitcase,"
    And there is no quote "One Belt – One Road"
    Given the quotes of seed "003"
    Then there is no quote "red carpet to emphasize unity,"
    And there is no quote "similar views on security"

  Scenario: A quote split around its attribution gives two quotes by one speaker
    Given the article
      """
      JPMorgan Chase chief executive Jamie Dimon spoke to analysts on Tuesday.

      "I think the economy is strong," Dimon said, "but there are risks ahead for the banks."
      """
    Then the quote "I think the economy is strong," is by "Jamie Dimon" (PERSON)
    And the quote "but there are risks ahead for the banks." is by "Jamie Dimon" (PERSON)
    And its speaker role is "JPMorgan Chase chief executive"

  Scenario: Unbalanced marks in one paragraph do not stop the next one
    Given the article
      """
      The minister said “this is odd and nothing closes here. And the “paragraph goes on.

      “Inflation is falling,” said Janet Yellen, the Treasury Secretary.
      """
    Then the quote "Inflation is falling," is by "Janet Yellen" (PERSON)
    And there are 1 quotes

  Scenario: A quote left open after a colon goes on in the next paragraph
    Given the article
      """
      The mayor, Linda Park, spoke after the vote. Park added: “We will publish the full figures next week.

      “Residents deserve to see them.”
      """
    Then the quote "We will publish the full figures next week." is by "Linda Park" (PERSON)
    And the quote "Residents deserve to see them." is by "Linda Park" (PERSON)
    And there are 2 quotes

  Scenario: A quote reopened by the next paragraph takes the attribution that closes it
    Given the article
      """
      Jamie Dimon, the chief executive of JPMorgan Chase, spoke to investors on Tuesday.

      "We have been through many cycles before. Each one teaches us something.

      "This one will be no different," he said.
      """
    Then the quote "We have been through many cycles before. Each one teaches us something." is by "Jamie Dimon" (PERSON)
    And the quote "This one will be no different," is by "Jamie Dimon" (PERSON)

  Scenario: A quoted paragraph introduced by "She said:" on the line before
    Given the article
      """
      Finance Minister Rachel Adams spoke after the vote. She said:

      "We will fight for every job in this country, and we will win."
      """
    Then the quote "We will fight for every job in this country, and we will win." is by "Rachel Adams" (PERSON)
    And its cue is "She said"

  Scenario Outline: A pronoun speaker is the salient one: the subject of the sentence before, not an owner or object
    Given the article "<passage>"
    Then the quote "<quote>" is by "<speaker>" (<kind>)

    Examples:
      | passage                                                                                                                                            | quote                            | speaker                | kind   |
      | Castillo, 21, broke Kovac's serve twice in the second set. “I felt calm,” she said.                                                                | I felt calm,                     | Castillo               | PERSON |
      | Judge Helen Marsh sentenced Daniel Reeve to six years on Friday. “The harm done here is lasting,” she said.                                        | The harm done here is lasting,   | Helen Marsh            | PERSON |
      | Mark Smith told Peter Jones the deal was off. “We had no choice,” he said.                                                                         | We had no choice,                | Mark Smith             | PERSON |
      | Shares fell after chief executive Maria Lopez replaced finance chief Omar Khan. “This is a fresh start,” she said.                                 | This is a fresh start,           | Maria Lopez            | PERSON |
      | Police arrested Kevin Doyle after a tip from Sara Lind. “He was calm,” she said.                                                                   | He was calm,                     | Sara Lind              | PERSON |
      | Anna Berg criticised the ruling. “Even Martin Cole agreed with us,” she said.                                                                      | Even Martin Cole agreed with us, | Anna Berg              | PERSON |
      | Finance Minister Laura Pike met Tom Grant, the union leader, on Monday. Grant called the talks tense. “We are close to a deal,” the minister said. | We are close to a deal,          | Laura Pike             | PERSON |
      | Coach Sam Reyes and captain Lee Park praised the crowd after beating Dylan Ford's side. “The fans carried us,” they said.                          | The fans carried us,             | Sam Reyes and Lee Park | JOINT  |
      | Castillo beat Ana Kovac in straight sets on Sunday. The crowd rose to applaud. “I felt calm,” she said.                                            | I felt calm,                     | Castillo               | PERSON |
      | Ana Castillo won again. Asked about Maria Kovac, she said: “She will be back.”                                                                     | She will be back.                | Ana Castillo           | PERSON |
      | Norvex Holdings cut its forecast after rival Brightline Inc won a contract from Ana Ruiz's agency. “Demand has weakened,” it said.                 | Demand has weakened,             | Norvex Holdings        | ORG    |

  Scenario: A speaking "it" without an organisation, state or document before it names nobody
    Given the article
      """
      The plan collapsed on Monday after Ana Ruiz walked out. “Nothing is settled,” it said.
      """
    Then there are 0 quotes

  Scenario: Quotes on the seeds score well against the gold annotation
    When the seed quotes are scored against the gold annotation
    Then quote F1 is at least 0.95 and speaker accuracy at least 0.95

  Scenario: "The company said" speaks for the organisation last named, a split quote keeps its speaker
    Given the article
      """
      Norvale Mining closed two pits on Friday. “We took this step with regret,” the company said in a statement.
      “Prices have collapsed,” said Ines Okoro, the firm's chief executive, “and we cannot wait.”
      """
    Then the quote starting "We took this step" is by "Norvale Mining" (ORG)
    And the quote starting "and we cannot wait" is by "Ines Okoro" (PERSON)

  Scenario: A headline quote goes to the one person with the headline's title; attribution may follow in the next sentence
    Given the article
      """
      Governor vows "no new taxes" as deficit grows

      The state is short of $2 billion. “Families cannot pay more.” Those were the words of Governor Sam Reyes on Monday.
      Union chief Ada Brooks dismissed the vow as “empty”. “It is a slogan,” the union chief said.
      """
    Then the quote "no new taxes" is by "Sam Reyes" (PERSON)
    And the quote "Families cannot pay more." is by "Sam Reyes" (PERSON)
    And the quote "empty" is by "Ada Brooks" (PERSON)
    And the quote starting "It is a slogan" is by "Ada Brooks" (PERSON)

  Scenario: An attribution the parser leaves without a subject takes the phrase before its verb
    Given the article
      """
      Floods cut off 40 villages. “The damage is enormous,” the council's leader, Hana Sato, said.
      """
    Then the quote starting "The damage is enormous" is by "Hana Sato" (PERSON)

  Scenario: "The union leader said" is the person just named with a title, and no one else
    Given the article
      """
      Teachers walked out on Monday. Their president, Omar Haddad, said pay had fallen behind. “Enough is enough,” the union leader said.
      Parents, among them accountant Lucy Park, backed the strike. “Classes will resume soon,” the school boss said.
      """
    Then the quote starting "Enough is enough" is by "Omar Haddad" (PERSON)
    And the quote "Classes will resume soon," is by "school boss" (ANONYMOUS)
