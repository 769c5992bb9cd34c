import Glibc

/// Where terminfo entries live, to ask whether one is installed before starting with it.
enum TerminfoEntries {
    /// True when a compiled terminfo entry of this name is found in the directories ncurses
    /// searches: `$TERMINFO`, `~/.terminfo`, `$TERMINFO_DIRS`, then the system's.
    static func exists(_ name: String) -> Bool {
        guard let first = name.first, !name.contains("/"), !name.hasPrefix(".") else { return false }
        var directories: [String] = []
        if let terminfo = TerminalSession.environment("TERMINFO") { directories.append(terminfo) }
        if let home = TerminalSession.environment("HOME") { directories.append(home + "/.terminfo") }
        if let list = TerminalSession.environment("TERMINFO_DIRS") {
            directories += list.split(separator: ":", omittingEmptySubsequences: true).map(String.init)
        }
        directories += ["/etc/terminfo", "/lib/terminfo", "/usr/share/terminfo", "/usr/lib/terminfo"]
        let hex = String(first.asciiValue ?? 0, radix: 16)
        for directory in directories {
            for folder in [String(first), hex] where access(directory + "/" + folder + "/" + name, R_OK) == 0 {
                return true
            }
        }
        return false
    }
}
