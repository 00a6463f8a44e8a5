<?php
// phpList admin include about (placeholder)
