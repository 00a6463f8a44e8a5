<?php
// phpList admin include sessionlib (placeholder)
