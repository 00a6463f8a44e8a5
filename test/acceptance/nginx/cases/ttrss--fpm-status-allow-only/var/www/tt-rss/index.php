<?php
// Placeholder: TT-RSS entry point.
