<?php
// phpList admin ajax action (placeholder)
