package org.mincirc.lang;

/**
 * One stable code per rule of the language (as ANTLR's {@code ErrorType} does for its own
 * errors): tools and tests key on the code, users read the message. The id never changes once
 * published; new rules get new ids.
 */
public enum DiagnosticCode {
    // reading and parsing
    CANNOT_READ("L001", "the file cannot be read"),
    SYNTAX("L002", "the text does not follow the grammar"),
    TOO_DEEP("L003", "expressions are nested too deeply"),
    INTERNAL("L004", "internal error of the loader (a bug)"),
    BAD_NUMBER("L005", "a number cannot be read (e.g. division by zero)"),

    // the interface
    DUPLICATE_INTERFACE("L010", "more than one interface block"),
    NO_INPUTS("L011", "the interface declares no inputs"),
    NO_INTERFACE_ACTIONS("L012", "the interface declares no actions"),
    ACTION_CODE("L013", "an action code is not a whole number >= 0"),
    DUPLICATE_ACTION_CODE("L014", "two actions share an output code"),
    MISSING_INTERFACE("L015", "several mdps but no interface"),
    CODE_WITHOUT_INTERFACE("L016", "a state writes a code although the interface is implicit"),

    // names
    DUPLICATE_NAME("L020", "a name is declared twice in one namespace"),
    DUPLICATE_CLAUSE("L021", "a clause is written twice where only one is allowed"),
    DEFINITION_CYCLE("L022", "families and union mdps defined in terms of each other"),

    // mdps
    HORIZON_RANGE("L030", "horizon is not a whole number >= 1"),
    DISCOUNT_RANGE("L031", "discount outside [0, 1]"),
    INFINITE_HORIZON_UNDISCOUNTED("L032", "no horizon and discount 1"),
    NO_STATES("L033", "an mdp without states"),
    MISSING_CODE("L034", "a state without a code under an explicit interface"),
    CODE_LENGTH("L035", "a code whose length is not the number of inputs"),
    CODE_DIGITS("L036", "a code with digits other than 0 and 1"),
    INIT_RANGE("L037", "an initial probability outside [0, 1]"),
    INIT_SUM("L038", "initial probabilities not summing to 1"),
    UNKNOWN_ACTION("L039", "an action not declared in the interface"),
    DUPLICATE_ACTION("L040", "an action listed twice in one state"),
    UNKNOWN_STATE("L041", "a state name that does not exist"),
    PROBABILITY_RANGE("L042", "a transition probability outside (0, 1]"),
    PROBABILITY_SUM("L043", "transition probabilities of an action not summing to 1"),
    NO_ACTIONS("L044", "a state without actions"),
    UNKNOWN_SET("L045", "a state set that does not exist"),

    // families and unions
    UNKNOWN_MDP("L050", "a name that should be an mdp is not"),
    FAMILY_WEIGHTS("L051", "a family weight that is not positive"),
    FAMILY_WEIGHT_SUM("L052", "family weights not summing to 1"),
    FAMILY_MISMATCH("L053", "family members disagree on horizon or discount"),
    UNKNOWN_FAMILY("L054", "a name that should be a family is not"),

    // predicates
    UNKNOWN_PREDICATE("L060", "a predicate that does not exist"),
    PREDICATE_CYCLE("L061", "predicates referring to each other in a cycle"),
    UNKNOWN_TARGET("L062", "a target that is neither an mdp nor a family"),

    // circuits
    UNKNOWN_CIRCUIT("L070", "a circuit that does not exist"),
    UNKNOWN_SIGNAL("L071", "a signal that is neither an input nor assigned"),
    USE_BEFORE_ASSIGNMENT("L072", "a signal used before its assignment"),
    ASSIGN_TO_INPUT("L073", "an assignment to an input"),
    GATE_ARITY("L074", "a gate operator with the wrong number of arguments"),
    UNKNOWN_OPERATOR("L075", "a gate operator that does not exist"),
    BAD_CONSTANT("L076", "a circuit constant other than 0 or 1"),
    MISSING_OUTPUT("L077", "an output bit the circuit does not assign"),

    // queries
    CLAUSE_NOT_ALLOWED("L080", "a clause that this kind of query does not take"),
    MISSING_TARGET("L081", "a solve or eval without target"),
    MISSING_POLICY("L082", "an eval without circuit or policy"),
    CONFLICTING_CLAUSES("L083", "an eval with both a circuit and a policy table"),
    MISSING_FAMILY("L084", "a lemma without family"),
    MISSING_BAD("L085", "a lemma without bad member"),
    MISSING_PREDICATE("L086", "a lemma without predicate"),
    BAD_NOT_MEMBER("L087", "a lemma's bad mdp is not a member of its family"),
    UNKNOWN_OBJECTIVE("L088", "an objective other than size, depth and their combinations"),
    UNKNOWN_BASIS("L089", "a basis other than b2, aig, xag"),
    NEGATIVE_SLACK("L090", "optimal minus a negative slack"),
    ACTION_NOT_AVAILABLE("L091", "a policy table choosing an action the state does not offer"),
    UNKNOWN_EXPECT_KEY("L092", "an expect key that the query kind does not have"),
    BAD_EXPECT_VALUE("L093", "an expected value of the wrong shape"),
    RETURN_BOUND_OP("L094", "require return with a comparison other than >="),
    CIRCUIT_FILE("L095", "a circuit file that cannot be read or does not fit the interface"),

    // mdps from PRISM models (mdp M from "m.prism" { ... }); positions are in the PRISM file
    // unless the rule is about the .mdp braces
    PRISM_FILE("L100", "a PRISM file that cannot be read"),
    PRISM_SYNTAX("L101", "a PRISM file that does not follow the PRISM grammar"),
    PRISM_UNSUPPORTED("L102", "a PRISM construct outside the subset mincirc reads"),
    PRISM_UNKNOWN_NAME("L103", "a PRISM identifier that is not declared"),
    PRISM_DUPLICATE_NAME("L104", "a PRISM identifier declared twice"),
    PRISM_CONSTANT("L105", "a PRISM constant left undefined, set twice, or set to a value of the wrong type"),
    PRISM_TYPE("L106", "a PRISM expression of the wrong type"),
    PRISM_EVALUATION("L107", "a PRISM expression that cannot be evaluated exactly"),
    PRISM_UNLABELLED("L108", "a PRISM command without an action label"),
    PRISM_RANGE("L109", "a PRISM variable given a value outside its range"),
    PRISM_NONDETERMINISM("L110", "two enabled PRISM commands for one action in one state"),
    PRISM_OBSERVE("L111", "observed variables whose bits do not make up the interface's inputs"),
    PRISM_INIT("L112", "PRISM initial states that cannot start an episode"),
    PRISM_REWARD("L113", "a reward structure that does not exist or cannot be used"),
    PRISM_TOO_LARGE("L114", "a PRISM model with too many states"),
    PRISM_NEEDS_INTERFACE("L115", "a PRISM model in a file without an interface block"),
    PRISM_CYCLE("L116", "PRISM constants or formulas defined in terms of each other"),
    PRISM_UPDATE("L117", "a PRISM update of a variable its module may not change, or changed twice"),

    // mdps from DRN files (mdp M from "m.drn" { ... })
    DRN_FORMAT("L120", "a DRN file that does not follow the format or lacks the labels mincirc needs"),

    // parametrised mdps and their instances (mdp Grid(N) ...; family F { Grid(N = 3..6): uniform })
    PARAMETERS_MISSING("L121", "a parametrised mdp named without values for its parameters"),
    ARGUMENTS("L122", "values that do not match an mdp's parameters (missing, extra, unknown, twice, on a union)"),
    EMPTY_RANGE("L123", "a parameter range lo..hi with lo greater than hi"),
    PARAMETER_VALUE("L124", "a parameter value or range bound that is not a whole number"),
    EXPRESSION("L125", "an arithmetic expression that cannot be evaluated (division by zero, unknown name or function)"),
    CODE_BITS("L126", "bits(e, w) with e not a whole number in 0 .. 2^w - 1 or w not a whole number >= 1"),
    // mdps from PRISM explicit files (mdp M from "m.tra" { ... })
    EXPLICIT_FORMAT("L130", "a line of a PRISM explicit file (.tra, .sta, .lab, .srew, .trew) or .mincirc file that does not follow its format"),
    EXPLICIT_FILES("L131", "a PRISM explicit file missing or unreadable, or const/observe given for explicit files"),
    EXPLICIT_MISMATCH("L132", "PRISM explicit files that disagree with each other or with themselves (counts, choices, actions, rewards)"),
    // codes from the variable values DRN and explicit files carry (observe x, y;)
    STATE_VALUATIONS("L133", "state valuations missing or unreadable where observe needs them"),
    OBSERVED_VALUE("L134", "a value of an observed variable that is not a whole number or Boolean, or lies outside its declared range"),
    // profile queries
    PROFILE_BOUND("L140", "a profile without 'up to size N', or with a bound that is not a size from 0 to 16"),
    PROFILE_OBJECTIVE("L141", "a profile minimizing anything but size"),
    PROFILE_COUNT("L142", "a profile counting something other than circuits"),
    PROFILE_EXPECT_KEY("L143", "an expect key profile[c].field with an unknown field or cost"),
    PLOT_FILE("L144", "a plot file whose name does not end in .svg"),

    SERIES_RANGE("L150", "a series target that does not range over exactly one parameter, or names something without parameters"),
    SERIES_EXPECT_KEY("L151", "an expect key of a series that does not name a member and a solve result, as in Train_n4.size"),
    PLOT_WITHOUT_SERIES("L152", "a plot clause on a solve whose target is not a range of instances");

    private final String id;
    private final String summary;

    DiagnosticCode(String id, String summary) {
        this.id = id;
        this.summary = summary;
    }

    /** The stable identifier, e.g. {@code L043}. */
    public String id() {
        return id;
    }

    /** What the rule is about, in a few words. */
    public String summary() {
        return summary;
    }
}
