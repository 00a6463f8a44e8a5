<?php
// phpList admin include init (placeholder)
