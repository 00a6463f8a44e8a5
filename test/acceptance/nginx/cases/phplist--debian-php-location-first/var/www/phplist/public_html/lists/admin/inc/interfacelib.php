<?php
// phpList admin library (placeholder)
