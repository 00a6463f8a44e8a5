<?php
namespace Froxlor;
final class Froxlor
{
	const VERSION = '2.3.4';
}
