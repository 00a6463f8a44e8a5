<?php
// phpList admin include connect (placeholder)
