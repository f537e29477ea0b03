namespace Hoshi.Core.Excel;

/// <summary>
/// Finds circular formulas: a formula that reads, through any chain of other formulas, its own cell. A depth-first
/// walk over the formula cells, where the cells a formula reads are looked up in sorted sets by sheet, column and
/// row; a cell whose walk is finished leaves the sets, so that every formula is walked once and a range such as A:A
/// costs only the formulas still unfinished in it.
/// </summary>
internal sealed class FormulaCircles
{
    private readonly List<(int Sheet, int Row, int Column)> cells = [];
    private readonly List<List<(int Sheet, RangeReference Range)>> reads = [];
    private readonly Dictionary<(int Sheet, int Row, int Column), int> nodeAt = [];
    private readonly Dictionary<int, SortedSet<int>> columnsOf = [];
    private readonly Dictionary<(int Sheet, int Column), SortedSet<int>> rowsOf = [];

    /// <summary>Adds a formula cell and the ranges it reads (each on a sheet given by its index).</summary>
    public void Add(int sheet, int row, int column, List<(int Sheet, RangeReference Range)> ranges)
    {
        if (!nodeAt.TryAdd((sheet, row, column), cells.Count))
        {
            return;
        }

        cells.Add((sheet, row, column));
        reads.Add(ranges);
        if (!columnsOf.TryGetValue(sheet, out var columns))
        {
            columnsOf[sheet] = columns = [];
        }

        columns.Add(column);
        if (!rowsOf.TryGetValue((sheet, column), out var rows))
        {
            rowsOf[(sheet, column)] = rows = [];
        }

        rows.Add(row);
    }

    /// <summary>Each circle found (at most <paramref name="max"/>), as its cells in order, the first repeated at the end.</summary>
    public List<List<(int Sheet, int Row, int Column)>> Find(int max)
    {
        var found = new List<List<(int Sheet, int Row, int Column)>>();
        var state = new byte[cells.Count]; // 0 not seen, 1 on the walk's path, 2 finished
        var pathIndex = new int[cells.Count];
        var path = new List<Frame>();
        for (var start = 0; start < cells.Count && found.Count < max; start++)
        {
            if (state[start] != 0)
            {
                continue;
            }

            Enter(start);
            while (path.Count > 0 && found.Count < max)
            {
                var frame = path[^1];
                var next = NextRead(ref frame);
                path[^1] = frame;
                if (next < 0)
                {
                    Finish(frame.Node);
                    path.RemoveAt(path.Count - 1);
                }
                else if (state[next] == 1)
                {
                    found.Add([.. path.Skip(pathIndex[next]).Select(f => cells[f.Node]), cells[next]]);
                }
                else
                {
                    Enter(next);
                }
            }
        }

        return found;

        void Enter(int node)
        {
            state[node] = 1;
            pathIndex[node] = path.Count;
            path.Add(new Frame(node));
        }

        void Finish(int node)
        {
            state[node] = 2;
            var (sheet, row, column) = cells[node];
            rowsOf[(sheet, column)].Remove(row);
        }
    }

    /// <summary>The next unfinished formula cell the frame's formula reads, after the last one returned; -1 when there is none.</summary>
    private int NextRead(ref Frame frame)
    {
        var ranges = reads[frame.Node];
        while (frame.Range < ranges.Count)
        {
            var (sheet, range) = ranges[frame.Range];
            if (columnsOf.TryGetValue(sheet, out var columns))
            {
                while (true)
                {
                    var from = Math.Max(frame.Column, range.Column1);
                    var column = from <= range.Column2 ? columns.GetViewBetween(from, range.Column2).Min : 0;
                    if (column < from)
                    {
                        break; // no column of formulas left in the range
                    }

                    if (column != frame.Column)
                    {
                        (frame.Column, frame.Row) = (column, 0);
                    }

                    var rows = rowsOf[(sheet, column)];
                    var fromRow = Math.Max(frame.Row + 1, range.Row1);
                    var row = fromRow <= range.Row2 && rows.Count > 0 ? rows.GetViewBetween(fromRow, range.Row2).Min : 0;
                    if (row >= fromRow)
                    {
                        frame.Row = row;
                        return nodeAt[(sheet, row, column)];
                    }

                    (frame.Column, frame.Row) = (column + 1, 0);
                }
            }

            (frame.Range, frame.Column, frame.Row) = (frame.Range + 1, 0, 0);
        }

        return -1;
    }

    /// <summary>Where the walk stands in one formula's reads: which range, and the last column and row returned from it.</summary>
    private record struct Frame(int Node)
    {
        public int Range;
        public int Column;
        public int Row;
    }
}
