using System.Text;
using FsCheck;
using FsCheck.Xunit;
using Vigil.Ledger.Notes;

namespace Vigil.Ledger.Tests.Notes;

public class SignedNoteTest
{
    // A syntactically valid signature line (the c2sp.org/signed-note example's).
    private const string Line = "— example.com/foo Uw2QOkn8srV1yJGh2VYRlL1Tnagv1YEq6TfXppzi2ONncAlTgK7Ztg1ERYNZXsYjOBH3mFXmRKuwHjG1Yu72IneyaQM=\n";

    [Fact]
    public void TryParse_TextWithEmptyLines_SplitsAtTheLastBlankLine()
    {
        string text = "first\n\nthird\n\n\nsixth\n";
        Assert.True(SignedNote.TryParse(text + "\n" + Line + Line, out SignedNote? note, out string error), error);
        Assert.Equal(text, note.Text);
        Assert.Equal(2, note.Signatures.Count);
        Assert.Equal(text + "\n" + Line + Line, note.Format());
        Assert.Equal(note.Format(), note.ToString());
    }

    [Fact]
    public void TryParse_TextOfOneNewline_IsAllowed()
    {
        Assert.True(SignedNote.TryParse("\n\n" + Line, out SignedNote? note, out string error), error);
        Assert.Equal("\n", note.Text);
    }

    [Theory]
    [InlineData("", "note is empty")]
    [InlineData("text\n\n" + "— example.com/foo AAAAAAA=", "note must end with a newline")]
    [InlineData("text\n" + "— example.com/foo AAAAAAA=\n", "note has no blank line between the text and the signatures")]
    [InlineData("\n" + "— example.com/foo AAAAAAA=\n", "line 1: note text is empty")]
    [InlineData("\n\n", "line 2: the blank line must be followed by at least one signature line")]
    [InlineData("text\n\n", "line 2: the blank line must be followed by at least one signature line")]
    [InlineData("a\nb\n\n- example.com/foo AAAAAAA=\n", "line 4: signature line must start with '— '")]
    [InlineData("a\n\n—example.com/foo AAAAAAA=\n", "line 3: signature line must start with '— '")]
    [InlineData("a\n\n— example.com/foo\n", "line 3: signature line must be '— <key name> <base64 signature>', found no space after the key name")]
    [InlineData("a\n\n—  AAAAAAA=\n", "line 3: key name is empty")]
    [InlineData("a\n\n— a+b AAAAAAA=\n", "line 3: key name 'a+b' contains '+'")]
    [InlineData("a\n\n— a\u00a0b AAAAAAA=\n", "line 3: key name 'a\u00a0b' contains a space (U+00A0)")]
    [InlineData("a\n\n— a AAAAAAA= AAAAAAA=\n", "line 3: signature line has more than one space after the key name")]
    [InlineData("a\n\n— a AAAAAAA\n", "line 3: signature is not canonical base64")]
    [InlineData("a\n\n— a AAAAAA==\n", "line 3: signature is 4 bytes, want a 4-byte key ID and at least one more")]
    [InlineData("a\n\n— a AAAAAAB=\n", "line 3: signature is not canonical base64")]
    [InlineData("a\n\n— a AAAA AAA=\n", "line 3: signature line has more than one space after the key name")]
    [InlineData("a\r\n\n— a AAAAAAA=\n", "line 1: control character U+000D (only newline is allowed)")]
    [InlineData("a\n\tb\n\n— a AAAAAAA=\n", "line 2: control character U+0009 (only newline is allowed)")]
    [InlineData("a\n\n— a AAAAAAA=\n\n— a AAAAAAA=\n\n", "line 6: the blank line must be followed by at least one signature line")]
    public void TryParse_Malformed_SaysWhatAndWhere(string text, string expected)
    {
        Assert.False(SignedNote.TryParse(text, out SignedNote? note, out string error));
        Assert.Null(note);
        Assert.Equal(expected, error);
    }

    [Fact]
    public void TryParse_UnpairedSurrogate_Refused()
    {
        // Built here: xunit cannot carry an unpaired surrogate through InlineData.
        string text = "a\n" + '\ud800' + "\n\n— a AAAAAAA=\n";
        Assert.False(SignedNote.TryParse(text, out _, out string error));
        Assert.Equal("line 2: unpaired surrogate U+D800 (not valid UTF-8)", error);
    }

    [Fact]
    public void TryParse_SecondBlankLine_MakesEarlierSignaturesPartOfTheText()
    {
        // The last blank line separates: the earlier "signature" is text, as the spec says.
        Assert.True(SignedNote.TryParse("a\n\n" + Line + "\n" + Line, out SignedNote? note, out string error), error);
        Assert.Equal("a\n\n" + Line, note.Text);
        Assert.Single(note.Signatures);
    }

    [Fact]
    public void TryParse_InvalidUtf8Bytes_Refused()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("a"), 0xC3, 0x28, .. Encoding.UTF8.GetBytes("\n\n" + Line)];
        Assert.False(SignedNote.TryParse(bytes, out _, out string error));
        Assert.Equal("note is not valid UTF-8", error);
    }

    [Fact]
    public void TryParse_MaxSignatures_AcceptedAndOneMoreRefused()
    {
        string head = "a\n\n";
        Assert.True(SignedNote.TryParse(head + string.Concat(Enumerable.Repeat(Line, SignedNote.MaxSignatures)), out SignedNote? note, out string error), error);
        Assert.Equal(SignedNote.MaxSignatures, note.Signatures.Count);
        Assert.False(SignedNote.TryParse(head + string.Concat(Enumerable.Repeat(Line, SignedNote.MaxSignatures + 1)), out _, out error));
        Assert.Equal($"line {3 + SignedNote.MaxSignatures}: more than {SignedNote.MaxSignatures} signature lines", error);
    }

    [Fact]
    public void Constructor_BadText_Throws()
    {
        var signature = new NoteSignature("a", new NoteKeyId(1), [1]);
        Assert.Equal("note text must end with a newline (Parameter 'text')", Assert.Throws<ArgumentException>(() => new SignedNote("a", [signature])).Message);
        Assert.Equal("note text is empty (Parameter 'text')", Assert.Throws<ArgumentException>(() => new SignedNote("", [signature])).Message);
        Assert.Throws<ArgumentException>(() => new SignedNote("a\n", []));
    }

    [Fact]
    public void WithSignature_AppendsALine()
    {
        var first = new NoteSignature("a", new NoteKeyId(1), [1]);
        var second = new NoteSignature("b", new NoteKeyId(2), [2, 3]);
        SignedNote note = new SignedNote("t\n", [first]).WithSignature(second);
        Assert.Equal([first, second], note.Signatures);
        Assert.Equal("t\n\n— a AAAAAQE=\n— b AAAAAgID\n", note.Format());
    }

    [Fact]
    public void NoteSignature_TryParse_OneLine()
    {
        Assert.True(NoteSignature.TryParse(Line, out NoteSignature? signature, out string error), error);
        Assert.Equal(Line, signature.ToLine());
        Assert.Equal(Line[..^1], signature.ToString());
        Assert.False(NoteSignature.TryParse(Line[..^1], out _, out error));
        Assert.Equal("line 1: signature line must end with a newline", error);
        Assert.False(NoteSignature.TryParse(Line + Line, out _, out error));
        Assert.Equal("line 1: expected one signature line, found several lines", error);
    }

    [Fact]
    public void NoteSignature_Constructor_ValidatesNameAndLength()
    {
        Assert.Equal("key name 'a b' contains a space (U+0020) (Parameter 'name')",
            Assert.Throws<ArgumentException>(() => new NoteSignature("a b", default, [1])).Message);
        Assert.Throws<ArgumentException>(() => new NoteSignature("a", default, []));
    }

    [Property]
    public bool SignedNote_FormatThenParse_GivesTheSameNote(NonEmptyString text, byte[] signature)
    {
        var note = new SignedNote(
            CheckpointTest.Printable(text.Get) + "\n",
            [new NoteSignature("vigil.example/log", new NoteKeyId(7), signature.Length == 0 ? [0] : signature)]);
        return SignedNote.TryParse(note.Format(), out SignedNote? back, out _)
            && back.Text == note.Text
            && back.Signatures.SequenceEqual(note.Signatures)
            && back.Format() == note.Format();
    }
}
