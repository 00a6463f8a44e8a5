<?php
// phpList admin include lib (placeholder)
