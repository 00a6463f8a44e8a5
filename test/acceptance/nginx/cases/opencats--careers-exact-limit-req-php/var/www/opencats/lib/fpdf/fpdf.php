<?php
// stand-in for OpenCATS lib/fpdf/fpdf.php
