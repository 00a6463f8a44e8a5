<?php
if (!defined('_PS_VERSION_')) { exit; }
// Stand-in: module class; the shop id and production key live in the configuration table.
class Payzen extends PaymentModule {}
