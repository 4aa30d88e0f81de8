namespace ParPlan.Core.Plans.Import;

/// <summary>The readings <see cref="BlockCells"/> weighs: a reading's state, the line's frontier of states kept, and the
/// budget a table's reading shares.</summary>
internal static partial class BlockCells
{
    /// <summary>What the readings of one table share: the cuts left to weigh, and each text line read once.</summary>
    private sealed class Budget(long left, WordPairs pairs)
    {
        public long Left { get; set; } = left;

        private readonly Dictionary<string, BlockLine> _lines = new(StringComparer.Ordinal);

        public BlockLine Line(string text)
        {
            if (!_lines.TryGetValue(text, out var line))
            {
                line = new BlockLine(text, pairs);
                _lines[text] = line;
            }

            return line;
        }

        /// <summary>After the word pairs are counted again: the lines read so far hold the old counts' ids and bonds.</summary>
        public void PairsRecounted() => _lines.Clear();
    }

    private sealed record Piece(Piece? Before, int Column, string Text);

    private sealed record State(double Cost, int LastColumn, int[] LastWord, bool[] Separated, bool[] Waiting, int[] Block, Piece? Pieces)
    {
        /// <summary>The cost with the row ended: a cell does not end on a word that waits for more ("-", "và", "của").</summary>
        public double Ended => Cost + Waiting.Count(w => w);
    }

    /// <summary>
    /// The states a line's readings reach, one per way of reading on (<see cref="SameReading"/>), the cheapest kept. Only
    /// the <see cref="Beam"/> cheapest go on, so a reading dearer than the Beam-th cheapest state already reached is not
    /// built at all: the states kept are the same as if it had been.
    /// </summary>
    private sealed class Frontier
    {
        private readonly PriorityQueue<double, double> _cheapest = new(); // the Beam cheapest costs of distinct states, dearest first

        public Dictionary<State, State> States { get; } = new(SameReading.Instance);

        public bool MayKeep(double cost) => _cheapest.Count < Beam || cost <= _cheapest.Peek();

        public void Offer(State state)
        {
            if (States.TryGetValue(state, out var known))
            {
                if (known.Cost > state.Cost)
                {
                    States[state] = state; // the dearer reading's cost stays among the cheapest: a bound no lower than the true one
                }

                return;
            }

            States[state] = state;
            if (_cheapest.Count < Beam)
            {
                _cheapest.Enqueue(state.Cost, -state.Cost);
            }
            else if (state.Cost < _cheapest.Peek())
            {
                _cheapest.EnqueueDequeue(state.Cost, -state.Cost);
            }
        }
    }

    /// <summary>Two states that read on alike: the same last column, and per cell the same last word, separator and block.</summary>
    private sealed class SameReading : IEqualityComparer<State>
    {
        public static readonly SameReading Instance = new();

        public bool Equals(State? x, State? y) => x!.LastColumn == y!.LastColumn && x.LastWord.AsSpan().SequenceEqual(y.LastWord)
            && x.Separated.AsSpan().SequenceEqual(y.Separated) && x.Block.AsSpan().SequenceEqual(y.Block);

        public int GetHashCode(State s)
        {
            var hash = new HashCode();
            hash.Add(s.LastColumn);
            for (var c = 0; c < s.LastWord.Length; c++)
            {
                hash.Add(s.LastWord[c]);
                hash.Add(s.Separated[c]);
                hash.Add(s.Block[c]);
            }

            return hash.ToHashCode();
        }
    }
}
