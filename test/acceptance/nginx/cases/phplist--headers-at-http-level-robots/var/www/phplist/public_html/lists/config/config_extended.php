<?php
// phpList extended configuration sample (placeholder)
