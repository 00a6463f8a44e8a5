<?php
// phpList admin include processqueue (placeholder)
