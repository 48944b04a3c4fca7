using System.Security.Cryptography;
using Vigil.Ledger.Crypto;

namespace Vigil.Ledger.Tests.Crypto;

public class Ed25519Test
{
    // RFC 8032 §7.1, "Test Vectors for Ed25519": TEST 1, TEST 2, TEST 3, TEST 1024 and TEST SHA(abc).
    // SECRET KEY is the 32-byte seed. Hex copied from the RFC text, lines joined.
    public static TheoryData<string, string, string, string, string> Rfc8032Vectors => new()
    {
        {
            "TEST 1",
            "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60",
            "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a",
            "",
            "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b"
        },
        {
            "TEST 2",
            "4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb",
            "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c",
            "72",
            "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00"
        },
        {
            "TEST 3",
            "c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7",
            "fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025",
            "af82",
            "6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a"
        },
        {
            "TEST 1024",
            "f5e5767cf153319517630f226876b86c8160cc583bc013744c6bf255f5cc0ee5",
            "278117fc144c72340f67d0f2316e8386ceffbf2b2428c9c51fef7c597f1d426e",
            Test1024Message,
            "0aab4c900501b3e24d7cdf4663326a3a87df5e4843b2cbdb67cbf6e460fec350aa5371b1508f9f4528ecea23c436d94b5e8fcd4f681e30a6ac00a9704a188a03"
        },
        {
            "TEST SHA(abc)",
            "833fe62409237b9d62ec77587520911e9a759cec1d19755b7da901b96dca3d42",
            "ec172b93ad5e563bf4932c70e1245034c35467ef2efd4d64ebf819683467e2bf",
            "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f",
            "dc2a4459e7369633a52b1bf277839a00201009a3efbf3ecb69bea2186c26b58909351fc9ac90b3ecfdfbc7c66431e0303dca179c138ac17ad9bef1177331a704"
        },
    };

    // RFC 8032 §7.1 TEST 1024: the 1023-byte message.
    private const string Test1024Message =
        "08b8b2b733424243760fe426a4b54908632110a66c2f6591eabd3345e3e4eb98" +
        "fa6e264bf09efe12ee50f8f54e9f77b1e355f6c50544e23fb1433ddf73be84d8" +
        "79de7c0046dc4996d9e773f4bc9efe5738829adb26c81b37c93a1b270b20329d" +
        "658675fc6ea534e0810a4432826bf58c941efb65d57a338bbd2e26640f89ffbc" +
        "1a858efcb8550ee3a5e1998bd177e93a7363c344fe6b199ee5d02e82d522c4fe" +
        "ba15452f80288a821a579116ec6dad2b3b310da903401aa62100ab5d1a36553e" +
        "06203b33890cc9b832f79ef80560ccb9a39ce767967ed628c6ad573cb116dbef" +
        "efd75499da96bd68a8a97b928a8bbc103b6621fcde2beca1231d206be6cd9ec7" +
        "aff6f6c94fcd7204ed3455c68c83f4a41da4af2b74ef5c53f1d8ac70bdcb7ed1" +
        "85ce81bd84359d44254d95629e9855a94a7c1958d1f8ada5d0532ed8a5aa3fb2" +
        "d17ba70eb6248e594e1a2297acbbb39d502f1a8c6eb6f1ce22b3de1a1f40cc24" +
        "554119a831a9aad6079cad88425de6bde1a9187ebb6092cf67bf2b13fd65f270" +
        "88d78b7e883c8759d2c4f5c65adb7553878ad575f9fad878e80a0c9ba63bcbcc" +
        "2732e69485bbc9c90bfbd62481d9089beccf80cfe2df16a2cf65bd92dd597b07" +
        "07e0917af48bbb75fed413d238f5555a7a569d80c3414a8d0859dc65a46128ba" +
        "b27af87a71314f318c782b23ebfe808b82b0ce26401d2e22f04d83d1255dc51a" +
        "ddd3b75a2b1ae0784504df543af8969be3ea7082ff7fc9888c144da2af58429e" +
        "c96031dbcad3dad9af0dcbaaaf268cb8fcffead94f3c7ca495e056a9b47acdb7" +
        "51fb73e666c6c655ade8297297d07ad1ba5e43f1bca32301651339e22904cc8c" +
        "42f58c30c04aafdb038dda0847dd988dcda6f3bfd15c4b4c4525004aa06eeff8" +
        "ca61783aacec57fb3d1f92b0fe2fd1a85f6724517b65e614ad6808d6f6ee34df" +
        "f7310fdc82aebfd904b01e1dc54b2927094b2db68d6f903b68401adebf5a7e08" +
        "d78ff4ef5d63653a65040cf9bfd4aca7984a74d37145986780fc0b16ac451649" +
        "de6188a7dbdf191f64b5fc5e2ab47b57f7f7276cd419c17a3ca8e1b939ae49e4" +
        "88acba6b965610b5480109c8b17b80e1b7b750dfc7598d5d5011fd2dcc5600a3" +
        "2ef5b52a1ecc820e308aa342721aac0943bf6686b64b2579376504ccc493d97e" +
        "6aed3fb0f9cd71a43dd497f01f17c0e2cb3797aa2a2f256656168e6c496afc5f" +
        "b93246f6b1116398a346f1a641f3b041e989f7914f90cc2c7fff357876e506b5" +
        "0d334ba77c225bc307ba537152f3f1610e4eafe595f6d9d90d11faa933a15ef1" +
        "369546868a7f3a45a96768d40fd9d03412c091c6315cf4fde7cb68606937380d" +
        "b2eaaa707b4c4185c32eddcdd306705e4dc1ffc872eeee475a64dfac86aba41c" +
        "0618983f8741c5ef68d3a101e8a3b8cac60c905c15fc910840b94c00a0b9d0";

    [Fact]
    public void Test1024Message_Is1023Bytes() => Assert.Equal(1023, Convert.FromHexString(Test1024Message).Length);

    [Theory]
    [MemberData(nameof(Rfc8032Vectors))]
    public void FromSeed_Rfc8032_DerivesPublicKey(string name, string seed, string publicKey, string message, string signature)
    {
        _ = (name, message, signature);
        using var key = Ed25519PrivateKey.FromSeed(Convert.FromHexString(seed));
        Assert.Equal(publicKey, Convert.ToHexStringLower(key.PublicKey.Bytes));
    }

    [Theory]
    [MemberData(nameof(Rfc8032Vectors))]
    public void Sign_Rfc8032_MatchesByteForByte(string name, string seed, string publicKey, string message, string signature)
    {
        _ = (name, publicKey);
        using var key = Ed25519PrivateKey.FromSeed(Convert.FromHexString(seed));
        Assert.Equal(signature, Convert.ToHexStringLower(key.Sign(Convert.FromHexString(message))));
    }

    [Theory]
    [MemberData(nameof(Rfc8032Vectors))]
    public void Verify_Rfc8032_Accepts(string name, string seed, string publicKey, string message, string signature)
    {
        _ = (name, seed);
        var key = Ed25519PublicKey.From(Convert.FromHexString(publicKey));
        Assert.True(key.Verify(Convert.FromHexString(message), Convert.FromHexString(signature)));
    }

    [Theory]
    [MemberData(nameof(Rfc8032Vectors))]
    public void Verify_Rfc8032_OneBitFlipAnywhere_Rejects(string name, string seed, string publicKey, string message, string signature)
    {
        _ = (name, seed);
        byte[] pub = Convert.FromHexString(publicKey), msg = Convert.FromHexString(message), sig = Convert.FromHexString(signature);

        // Message: flip a bit, or for TEST 1's empty message, append a byte.
        byte[] badMessage = msg.Length == 0 ? [0x00] : Flip(msg, msg.Length / 2, 0);
        Assert.False(Ed25519PublicKey.From(pub).Verify(badMessage, sig));

        // Signature: a bit in R (first half) and one in S (second half).
        Assert.False(Ed25519PublicKey.From(pub).Verify(msg, Flip(sig, 0, 0)));
        Assert.False(Ed25519PublicKey.From(pub).Verify(msg, Flip(sig, 40, 3)));

        // Public key.
        Assert.False(Ed25519PublicKey.From(Flip(pub, 5, 1)).Verify(msg, sig));
    }

    [Fact]
    public void Sign_EmptyMessage_DefaultAndEmptyArrayAgree()
    {
        using var key = Ed25519PrivateKey.FromSeed(new byte[32]);
        Assert.Equal(key.Sign(default(ReadOnlySpan<byte>)), key.Sign(Array.Empty<byte>()));
    }

    [Fact]
    public void Verify_WrongSignatureLength_ReturnsFalse()
    {
        using var key = Ed25519PrivateKey.Generate();
        byte[] sig = key.Sign("m"u8);
        Assert.True(key.PublicKey.Verify("m"u8, sig));
        Assert.False(key.PublicKey.Verify("m"u8, sig.AsSpan(0, 63)));
        Assert.False(key.PublicKey.Verify("m"u8, [.. sig, 0]));
        Assert.False(key.PublicKey.Verify("m"u8, []));
    }

    [Fact]
    public void Verify_NonCanonicalPublicKey_ReturnsFalseWithoutThrowing()
    {
        // All ones: y = 2^255 − 1 (the top bit is the sign of x), which is not below p = 2^255 − 19.
        byte[] notAPoint = Enumerable.Repeat((byte)0xFF, 32).ToArray();
        using var key = Ed25519PrivateKey.Generate();
        Assert.False(Ed25519PublicKey.From(notAPoint).Verify("m"u8, key.Sign("m"u8)));
    }

    [Fact]
    public void Generate_GivesDistinctKeysThatSignAndVerify()
    {
        using var a = Ed25519PrivateKey.Generate();
        using var b = Ed25519PrivateKey.Generate();
        Assert.NotEqual(a.PublicKey, b.PublicKey);
        byte[] sig = a.Sign("vigil"u8);
        Assert.True(a.PublicKey.Verify("vigil"u8, sig));
        Assert.False(b.PublicKey.Verify("vigil"u8, sig));
    }

    [Fact]
    public void CopySeedTo_ReturnsTheSeed()
    {
        byte[] seed = Convert.FromHexString("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb");
        using var key = Ed25519PrivateKey.FromSeed(seed);
        byte[] back = new byte[32];
        key.CopySeedTo(back);
        Assert.Equal(seed, back);
    }

    [Fact]
    public void FromSeed_WrongLength_Throws()
    {
        var e = Assert.Throws<ArgumentException>(() => Ed25519PrivateKey.FromSeed(new byte[31]));
        Assert.StartsWith("an Ed25519 seed is 32 bytes, got 31", e.Message);
        Assert.Throws<ArgumentException>(() => Ed25519PublicKey.From(new byte[33]));
    }

    [Fact]
    public void Sign_ShortBuffer_Throws()
    {
        using var key = Ed25519PrivateKey.Generate();
        Assert.Throws<ArgumentException>(() => key.Sign("m"u8, new byte[63]));
    }

    [Fact]
    public void Sign_AfterDispose_ThrowsObjectDisposed()
    {
        var key = Ed25519PrivateKey.Generate();
        key.Dispose();
        Assert.Throws<ObjectDisposedException>(() => key.Sign("m"u8));
    }

    [Fact]
    public void PublicKey_EqualityIsByValue()
    {
        using var key = Ed25519PrivateKey.FromSeed(new byte[32]);
        var copy = Ed25519PublicKey.From(key.PublicKey.Bytes);
        Assert.Equal(key.PublicKey, copy);
        Assert.Equal(key.PublicKey.GetHashCode(), copy.GetHashCode());
        Assert.Equal(Convert.ToBase64String(copy.Bytes), copy.ToString());
    }

    [Fact]
    public void Sign_FromManyThreads_GivesTheDeterministicSignature()
    {
        using var key = Ed25519PrivateKey.FromSeed(Convert.FromHexString("c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7"));
        byte[] expected = key.Sign([0xaf, 0x82]);
        byte[][] results = new byte[200][];
        Parallel.For(0, results.Length, i => results[i] = key.Sign([0xaf, 0x82]));
        Assert.All(results, r => Assert.Equal(expected, r));
    }

    [Fact]
    public void Failure_NamesTheFunctionAndLibcryptoReason()
    {
        // A 31-byte raw Ed25519 key makes libcrypto return NULL and queue an error.
        using (EvpPKeyHandle handle = LibCrypto.EVP_PKEY_new_raw_private_key(LibCrypto.EvpPKeyEd25519, IntPtr.Zero, new byte[31], 31))
        {
            Assert.True(handle.IsInvalid);
        }

        CryptographicException e = LibCrypto.Failure("EVP_PKEY_new_raw_private_key");
        Assert.StartsWith("libcrypto EVP_PKEY_new_raw_private_key failed: error:", e.Message);
        Assert.Equal("libcrypto EVP_DigestSign failed", LibCrypto.Failure("EVP_DigestSign").Message);
    }

    private static byte[] Flip(byte[] bytes, int index, int bit)
    {
        byte[] copy = (byte[])bytes.Clone();
        copy[index] ^= (byte)(1 << bit);
        return copy;
    }
}
