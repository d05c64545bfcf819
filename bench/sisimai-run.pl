#!/usr/bin/perl
# Sisimai's side of the CLI bench: parse every path named (a file, a folder or a Maildir/mbox)
# and print one JSON record per line, the same job as `ndr-explain --format jsonl`.
use strict;
use warnings;
use Sisimai;
binmode STDOUT;
for my $path (@ARGV) {
    my $records = Sisimai->make($path, 'delivered' => 1) or next;
    print $_->dump('json'), "\n" for @$records;
}
