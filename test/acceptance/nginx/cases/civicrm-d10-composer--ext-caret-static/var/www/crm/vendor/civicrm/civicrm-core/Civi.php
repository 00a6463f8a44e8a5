<?php
// Civi facade (stand-in).
class Civi {}
