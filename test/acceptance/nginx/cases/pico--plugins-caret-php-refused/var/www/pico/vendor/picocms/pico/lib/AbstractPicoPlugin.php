<?php
abstract class AbstractPicoPlugin {}
