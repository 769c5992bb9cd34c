import PointwiseCore

/// The visible part of one dimension of a tensor: items `start ..< start + count` of `total`.
///
/// The one model of a window: the grid pages it (`following`), the matrix view centres it with
/// room for markers (`around`, in Span+Markers.swift).
struct Span: Hashable {
    let start: Int
    let count: Int
    let total: Int

    /// Everything: nothing hidden.
    static func whole(_ total: Int) -> Span { Span(start: 0, count: total, total: total) }

    /// A window of `size` items on the page that holds `focus`, shifted by `pages` pages and
    /// kept inside the dimension; with no shift the focus is always inside the window.
    static func following(focus: Int, size: Int, total: Int, pages: Int = 0) -> Span {
        let size = min(max(size, 1), max(total, 1))
        let focus = min(max(focus, 0), max(total - 1, 0))
        let pageStart = (focus / size) * size
        let start = min(max(pageStart + pages * size, 0), max(total - size, 0))
        return Span(start: start, count: size, total: total)
    }

    var range: Range<Int> { start..<(start + count) }
    /// True when items before the window are hidden.
    var hidesBefore: Bool { start > 0 }
    /// True when items after the window are hidden.
    var hidesAfter: Bool { start + count < total }
    var isWhole: Bool { count >= total }
}

/// The windows of all three panels: which channels, rows, columns and kernels are drawn.
///
/// The input and the output share the pixel window (rows and columns), so the current pixel sits
/// at the same place in both. The kernel panel has its own windows: a row per kernel (limited by
/// height) and a column per input channel (limited by width).
struct PanelWindows: Hashable {
    var inputChannels: Span
    var rows: Span
    var columns: Span
    var kernelRows: Span
    var kernelChannels: Span
    var outputChannels: Span

    /// Every value of every panel, as for lessons that fit the screen.
    static func whole(_ shape: ConvolutionShape) -> PanelWindows {
        PanelWindows(
            inputChannels: .whole(shape.inChannels), rows: .whole(shape.height), columns: .whole(shape.width),
            kernelRows: .whole(shape.outChannels), kernelChannels: .whole(shape.inChannels), outputChannels: .whole(shape.outChannels))
    }

    /// True when nothing is hidden.
    var isWhole: Bool {
        inputChannels.isWhole && rows.isWhole && columns.isWhole && kernelRows.isWhole && kernelChannels.isWhole && outputChannels.isWhole
    }
}

/// The sizes of the windows, before they are placed around the cursor.
struct WindowSizes: Hashable {
    var inputChannels: Int
    var rows: Int
    var columns: Int
    var kernelRows: Int
    var kernelChannels: Int
    var outputChannels: Int
}

extension Frame {
    /// The item each window keeps in view: the current input channel, kernel and pixel. Before
    /// the first step it is the first of each; on a bias or activation step the last channel.
    var focus: (channel: Int, kernel: Int, row: Int, column: Int) {
        guard let step else { return (0, 0, 0, 0) }
        return (currentInputChannel ?? shape.inChannels - 1, step.kernel, step.row, step.column)
    }

    /// Windows of the given sizes placed on the cursor's pages, shifted by the learner's scrolling.
    func windows(sizes: WindowSizes) -> PanelWindows {
        let focus = focus
        let scroll = state.scroll
        return PanelWindows(
            inputChannels: .following(focus: focus.channel, size: sizes.inputChannels, total: shape.inChannels, pages: scroll.channelPages),
            rows: .following(focus: focus.row, size: sizes.rows, total: shape.height, pages: scroll.rowPages),
            columns: .following(focus: focus.column, size: sizes.columns, total: shape.width, pages: scroll.columnPages),
            kernelRows: .following(focus: focus.kernel, size: sizes.kernelRows, total: shape.outChannels, pages: scroll.kernelPages),
            kernelChannels: .following(
                focus: focus.channel, size: sizes.kernelChannels, total: shape.inChannels, pages: scroll.channelPages),
            outputChannels: .following(focus: focus.kernel, size: sizes.outputChannels, total: shape.outChannels, pages: scroll.kernelPages)
        )
    }
}
