<?php
// Module main class (abridged).
class Ps_Facetedsearch extends Module {}
