import LessonKit

/// One row of the key table: the keys of one or two commands, how help writes them, what they
/// do in each language, and where they are shown.
public struct KeyBinding: Sendable {
    /// How much room the status line has for key hints; a hint shows at its level and above.
    public enum HintLevel: Int, Sendable, Comparable {
        /// The narrow line: only the hints that must always be there (help, quit).
        case short
        /// The usual line.
        case normal
        /// A line with room to spare: the views and the lesson list too.
        case wide

        public static func < (a: HintLevel, b: HintLevel) -> Bool { a.rawValue < b.rawValue }
    }

    /// Where a binding is announced to the user.
    public enum Place: Sendable, Hashable {
        /// The status line's key hints (at the row's `hintLevel`).
        case statusLine
        /// The `?` help overlay.
        case helpOverlay
        /// `pointwise --help`'s key summary.
        case commandLineHelp
    }

    /// Each command of the row with every key that runs it (the first keys are the ones shown).
    public let commands: [(command: Command, keys: [Key])]
    /// The keys as the help overlay writes them, e.g. `→  l  space`, per language.
    public let label: (english: String, chinese: String)
    /// What the row does, per language, as the help overlay says it.
    public let help: (english: String, chinese: String)
    /// The status line's hint: the keys and a word or two per language; nil when not shown there.
    public let hint: (keys: String, english: String, chinese: String)?
    /// On which status lines the hint appears: every one, the usual and wide ones, or wide only.
    public let hintLevel: HintLevel
    /// Where the row is shown.
    public let places: Set<Place>

    /// The overlay's key label in `language`.
    public func label(_ language: InterfaceLanguage) -> String { language == .english ? label.english : label.chinese }
    /// The overlay's text in `language`.
    public func help(_ language: InterfaceLanguage) -> String { language == .english ? help.english : help.chinese }
}

/// Every key of the explainer, in the order the help shows them: the one source of the key
/// bindings (`Command(key:)`), the help overlay, the status line's hints and `--help`'s summary.
/// A test checks the README's key table against it.
public enum KeyTable {
    public static let rows: [KeyBinding] = [
        row(
            [(.nextTerm, [.right, .character("l"), .character(" "), .enter])], "→  l  space", "→  l  空白鍵", "next term", "下一項",
            hint: ("→ l", "next", "下一步")),
        row(
            [(.previousTerm, [.left, .character("h"), .backspace])], "←  h", "←  h", "previous term", "上一項",
            hint: ("← h", "back", "上一步")),
        row(
            [(.nextPixel, [.character("n"), .down]), (.previousPixel, [.character("p"), .up])],
            "n  /  p", "n  /  p", "next / previous pixel", "下一個 / 上一個位置", hint: ("n p", "pixel", "位置")),
        row([(.first, [.character("g"), .home])], "g  Home", "g  Home", "first step (the introduction)", "第一步（簡介）"),
        row([(.last, [.character("G"), .end])], "G  End", "G  End", "last step", "最後一步"),
        row([(.toggleAutoplay, [.character("a")])], "a", "a", "autoplay on / off", "自動播放 開 / 關"),
        row(
            [(.faster, [.character("+"), .character("=")]), (.slower, [.character("-"), .character("_")])],
            "+  /  -", "+  /  -", "faster / slower", "加快 / 減慢"),
        row([(.restart, [.character("r")])], "r", "r", "start again: every question is asked again", "從頭開始：每題都會再問一次"),
        KeyBinding(
            commands: [], label: ("2…  2+", "2…  2+"), help: ("in an output cell: a partial sum, still being added up", "輸出格中：尚未加完的累加和"),
            hint: nil, hintLevel: .normal, places: [.helpOverlay]),
        row(
            [(.channelsBack, [.character("[")]), (.channelsForward, [.character("]")])],
            "[  ]", "[  ]", "page of channels back / on", "通道翻頁：上一頁 / 下一頁"),
        row(
            [(.kernelsBack, [.character("{")]), (.kernelsForward, [.character("}")])],
            "{  }", "{  }", "page of kernels back / on", "卷積核翻頁：上一頁 / 下一頁"),
        row(
            [
                (.columnsLeft, [.character("H")]), (.columnsRight, [.character("L")]), (.rowsUp, [.character("K")]),
                (.rowsDown, [.character("J")]),
            ],
            "H L K J", "H L K J", "grid window ← → ↑ ↓", "移動格子視窗 ← → ↑ ↓"),
        row(
            [(.textForward, [.control("d"), .pageDown])], "Ctrl-D  PgDn", "Ctrl-D  PgDn",
            "more of the lesson's text, when it does not fit", "課文放不下時：往下捲"),
        row([(.textBack, [.control("u"), .pageUp])], "Ctrl-U  PgUp", "Ctrl-U  PgUp", "back up the lesson's text", "課文往上捲"),
        row(
            [(.toggleCostView, [.character("c")])], "c", "c", "cost view: why 1×1 is cheap (c again: back)", "計算量：為什麼 1×1 便宜（再按一次返回）",
            hint: ("c", "cost", "計算量"), level: .wide),
        row(
            [(.toggleMatrixView, [.character("m")])], "m", "m", "matrix view: pixels × weights (m again: back)", "矩陣：位置 × 權重（再按一次返回）",
            hint: ("m", "matrix", "矩陣"), level: .wide),
        row(
            [(.togglePictureView, [.character("v")])], "v", "v", "picture view: channels as heatmaps (v again: back)",
            "圖像：每個通道畫成一張熱度圖（再按一次返回）"),
        row([(.togglePredictMode, [.character("P")])], "P", "P", "predict mode: guess each output value first", "預測模式：先猜每個輸出值"),
        row([(.editCells, [.character("e")])], "e", "e", "edit the input and weights (Esc: done)", "編輯輸入與權重（Esc 完成）"),
        row([(.saveCopy, [.character("w")])], "w", "w", "save the lesson, with your edits, as a new file", "把課程連同修改另存為新檔"),
        row([(.revertEdits, [.character("u")])], "u", "u", "revert: undo your edits, back to the file's numbers", "還原：取消修改，回到檔案中的數字"),
        row(
            [(.openLessonList, [.character("o")])], "o", "o", "open another lesson: bundled lessons and recent files", "開啟別的課程：內建課程與最近的檔案",
            hint: ("o", "lessons", "課程"), level: .wide),
        KeyBinding(
            commands: [], label: ("mouse", "滑鼠"), help: ("click a number: go to its terms; wheel: step", "點數字：跳到它的項；滾輪：前後一步"),
            hint: nil, hintLevel: .normal, places: [.helpOverlay]),
        row([(.toggleHelp, [.character("?"), .function(1)])], "?", "?", "this help", "這份說明", hint: ("?", "help", "說明"), level: .short),
        row(
            [(.quit, [.character("q"), .escape, .control("c")])], "q  Esc", "q  Esc", "quit (asks first if edits are not saved)",
            "離開（修改未儲存時會先詢問）", hint: ("q", "quit", "離開"), level: .short),
    ]

    private static func row(
        _ commands: [(Command, [Key])], _ english: String, _ chinese: String, _ helpEnglish: String, _ helpChinese: String,
        hint: (String, String, String)? = nil, level: KeyBinding.HintLevel = .normal
    ) -> KeyBinding {
        var places: Set<KeyBinding.Place> = [.helpOverlay, .commandLineHelp]
        if hint != nil { places.insert(.statusLine) }
        return KeyBinding(
            commands: commands.map { (command: $0.0, keys: $0.1) }, label: (english, chinese), help: (helpEnglish, helpChinese),
            hint: hint.map { (keys: $0.0, english: $0.1, chinese: $0.2) }, hintLevel: level, places: places)
    }

    /// The command a key runs, or nil: the update's key switch, read from the table.
    public static func command(for key: Key) -> Command? {
        commandsByKey[key]
    }

    private static let commandsByKey: [Key: Command] = {
        var table: [Key: Command] = [:]
        for row in rows {
            for (command, keys) in row.commands {
                for key in keys where table[key] == nil { table[key] = command }
            }
        }
        return table
    }()

    /// The help overlay's lines in `language`.
    public static func helpLines(_ language: InterfaceLanguage) -> [(keys: String, action: String)] {
        rows.filter { $0.places.contains(.helpOverlay) }.map { ($0.label(language), $0.help(language)) }
    }

    /// The status line's key hints in `language` for a line with room for `level`: every hint
    /// whose level is at most `level`, in the table's order.
    public static func statusHints(_ language: InterfaceLanguage, _ level: KeyBinding.HintLevel) -> String {
        rows.filter { $0.places.contains(.statusLine) && $0.hintLevel <= level }.compactMap { row in
            row.hint.map { "\($0.keys) \(language == .english ? $0.english : $0.chinese)" }
        }.joined(separator: "  ")
    }

    /// `--help`'s one-line-per-row key summary in `language`, e.g. `→ l space: next term`.
    public static func commandLineSummary(_ language: InterfaceLanguage) -> String {
        let shown = rows.filter { $0.places.contains(.commandLineHelp) }
        let separator = language == .english ? ", " : "；"
        return shown.map { row in
            let keys = row.label(language).split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ")
            return keys + " " + row.help(language)
        }.joined(separator: separator)
    }
}
