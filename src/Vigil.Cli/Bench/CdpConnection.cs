using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Vigil.Cli.Bench;

/// <summary>
/// A DevTools protocol connection to a browser over its WebSocket (<see cref="HeadlessChromium.DevToolsEndpoint"/>),
/// with flat sessions: a command names the session of the target it is for. One loop reads every
/// message, completes the command it answers, and hands events to <see cref="EventReceived"/> (on
/// that loop: handlers must be quick and must not send).
/// </summary>
internal sealed class CdpConnection : IAsyncDisposable
{
    private readonly ClientWebSocket _socket;
    private readonly ConcurrentDictionary<long, TaskCompletionSource<CdpMessage>> _pending = new();
    private readonly SemaphoreSlim _sending = new(1, 1);
    private readonly CancellationTokenSource _closing = new();
    private readonly Task _reading;
    private long _lastId;
    private string? _failure;

    private CdpConnection(ClientWebSocket socket)
    {
        _socket = socket;
        _reading = Task.Run(ReadLoopAsync);
    }

    /// <summary>An event arrived (called on the reading loop).</summary>
    public event Action<CdpMessage>? EventReceived;

    /// <summary>Connects to the browser endpoint <paramref name="endpoint"/>.</summary>
    public static async Task<CdpConnection> ConnectAsync(Uri endpoint, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        socket.Options.KeepAliveInterval = TimeSpan.Zero;
        try
        {
            await socket.ConnectAsync(endpoint, cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            socket.Dispose();
            throw;
        }

        return new CdpConnection(socket);
    }

    /// <summary>
    /// Sends <paramref name="method"/> to the session <paramref name="sessionId"/> (null: the browser)
    /// and waits up to <paramref name="timeout"/> for its result.
    /// </summary>
    /// <exception cref="CdpException">The browser answered with an error, closed the connection, or did not answer in time.</exception>
    public async Task<JsonElement> SendAsync(string method, JsonObject? parameters, string? sessionId, TimeSpan timeout, CancellationToken cancellationToken)
    {
        long id = Interlocked.Increment(ref _lastId);
        var answer = new TaskCompletionSource<CdpMessage>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = answer;
        try
        {
            if (_failure is not null)
            {
                throw new CdpException($"{method}: {_failure}");
            }

            byte[] bytes = CdpMessage.Command(id, method, parameters, sessionId);
            await _sending.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                await _socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, cancellationToken).ConfigureAwait(false);
            }
            catch (WebSocketException e)
            {
                throw new CdpException($"{method}: cannot send: {e.Message}");
            }
            finally
            {
                _sending.Release();
            }

            CdpMessage message;
            try
            {
                message = await answer.Task.WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                throw new CdpException($"{method}: no answer in {timeout.TotalSeconds:F0} s");
            }

            return message.Kind == CdpMessageKind.Error
                ? throw new CdpException($"{method}: error {message.ErrorCode}: {message.ErrorMessage}")
                : message.Body;
        }
        finally
        {
            _pending.TryRemove(id, out _);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _closing.CancelAsync().ConfigureAwait(false);
        try
        {
            if (_socket.State == WebSocketState.Open)
            {
                using var quick = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, quick.Token).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            // the browser went first
        }

        _socket.Abort();
        try
        {
            await _reading.ConfigureAwait(false);
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
        }

        _socket.Dispose();
        _sending.Dispose();
        _closing.Dispose();
    }

    private async Task ReadLoopAsync()
    {
        byte[] buffer = new byte[64 * 1024];
        int filled = 0;
        try
        {
            while (true)
            {
                if (filled == buffer.Length)
                {
                    Array.Resize(ref buffer, buffer.Length * 2);
                }

                ValueWebSocketReceiveResult received = await _socket.ReceiveAsync(buffer.AsMemory(filled), _closing.Token).ConfigureAwait(false);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    Fail("the browser closed the connection");
                    return;
                }

                filled += received.Count;
                if (!received.EndOfMessage)
                {
                    continue;
                }

                if (CdpMessage.TryParse(buffer.AsSpan(0, filled), out CdpMessage? message, out string? error))
                {
                    Dispatch(message);
                }
                else
                {
                    Fail($"unreadable message from the browser ({error})");
                    return;
                }

                filled = 0;
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            Fail(_closing.IsCancellationRequested ? "the connection was closed" : $"the connection failed: {e.Message}");
        }
    }

    private void Dispatch(CdpMessage message)
    {
        if (message.Kind == CdpMessageKind.Event)
        {
            try
            {
                EventReceived?.Invoke(message);
            }
            catch (Exception e) when (e is InvalidOperationException or KeyNotFoundException or FormatException)
            {
                // a handler misread an event's JSON: a bug, but not one to stall every command on
                Fail($"reading {message.Method}: {e.Message}");
            }
        }
        else if (_pending.TryGetValue(message.Id, out TaskCompletionSource<CdpMessage>? answer))
        {
            answer.TrySetResult(message);
        }
    }

    private void Fail(string reason)
    {
        _failure ??= reason;
        foreach (TaskCompletionSource<CdpMessage> answer in _pending.Values)
        {
            answer.TrySetException(new CdpException(reason));
        }
    }
}
