<?php
// Pico 2 compatibility plugin
class PicoDeprecated extends AbstractPicoPlugin {}
