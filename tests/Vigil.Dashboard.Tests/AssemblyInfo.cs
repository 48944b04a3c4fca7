// Each collection starts a server and browsers of its own: one collection at a time, so that the
// two cores are not shared by two of them.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
