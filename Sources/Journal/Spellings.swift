/// Phone-typed spellings and their standard forms: apostrophes left out ("dont", "im"), and the
/// shorthand of notes and messages ("tmrw", "tho", "thx", "mtg"). Only words with one reading in
/// a journal are here: "ill", "id", "its", "lets" and "were" are left alone, but "wont" is "won't".
/// The attitude tokenizer and `NaturalDueDate` read them through this one table.
public enum Spellings {
    public static let pairs: [(typed: String, standard: String)] = [
        ("dont", "don't"), ("cant", "can't"), ("didnt", "didn't"), ("doesnt", "doesn't"), ("isnt", "isn't"), ("wasnt", "wasn't"),
        ("arent", "aren't"), ("werent", "weren't"), ("couldnt", "couldn't"), ("shouldnt", "shouldn't"), ("wouldnt", "wouldn't"),
        ("havent", "haven't"), ("hasnt", "hasn't"), ("hadnt", "hadn't"), ("wont", "won't"), ("aint", "ain't"), ("mustnt", "mustn't"),
        ("neednt", "needn't"), ("im", "i'm"), ("ive", "i've"), ("youre", "you're"), ("theyre", "they're"), ("thats", "that's"),
        ("whats", "what's"), ("theres", "there's"), ("shes", "she's"), ("weve", "we've"), ("theyve", "they've"), ("youve", "you've"),
        ("couldve", "could've"), ("shouldve", "should've"), ("wouldve", "would've"),
        ("tmrw", "tomorrow"), ("tmr", "tomorrow"), ("tmrow", "tomorrow"), ("tmrrw", "tomorrow"), ("tmoro", "tomorrow"),
        ("tomoz", "tomorrow"), ("2moro", "tomorrow"), ("2morrow", "tomorrow"), ("2mrw", "tomorrow"),
        ("tonite", "tonight"), ("2nite", "tonight"), ("2night", "tonight"), ("2day", "today"), ("yday", "yesterday"),
        ("yest", "yesterday"), ("tho", "though"), ("altho", "although"), ("thru", "through"), ("bc", "because"),
        ("bcoz", "because"), ("bcz", "because"), ("cuz", "because"), ("coz", "because"), ("pls", "please"), ("plz", "please"),
        ("thx", "thanks"), ("thnx", "thanks"), ("tnx", "thanks"), ("ppl", "people"), ("mtg", "meeting"), ("mtgs", "meetings"),
        ("appt", "appointment"), ("appts", "appointments"), ("nxt", "next"), ("wk", "week"), ("wks", "weeks"), ("rly", "really"),
        ("nvr", "never"), ("abt", "about"), ("msg", "message"), ("msgs", "messages"),
        ("tues", "tuesday"), ("weds", "wednesday"), ("thur", "thursday"), ("thurs", "thursday"), ("fri", "friday"),
    ]

    private static let byTyped = Dictionary(uniqueKeysWithValues: pairs.map { ($0.typed, $0.standard) })

    /// The standard form of `word`, lower-cased, if it is a typed form; else `word` itself.
    public static func standard(_ word: String) -> String { byTyped[word] ?? word }
}
