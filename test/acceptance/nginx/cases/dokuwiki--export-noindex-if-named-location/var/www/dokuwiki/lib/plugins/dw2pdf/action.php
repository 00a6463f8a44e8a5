<?php
// dw2pdf export (placeholder)
