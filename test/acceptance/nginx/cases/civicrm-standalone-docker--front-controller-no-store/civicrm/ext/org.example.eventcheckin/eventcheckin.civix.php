<?php // stand-in: civix helpers
