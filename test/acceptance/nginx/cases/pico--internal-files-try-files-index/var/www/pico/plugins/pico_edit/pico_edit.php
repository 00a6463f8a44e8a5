<?php
// Pico Edit: online Markdown editor at /pico_edit
class Pico_Edit extends AbstractPicoPlugin {}
