<?php
/* ps_facetedsearch module main file (placeholder) */
if (!defined('_PS_VERSION_')) { exit; }
class Ps_Facetedsearch extends Module {}
