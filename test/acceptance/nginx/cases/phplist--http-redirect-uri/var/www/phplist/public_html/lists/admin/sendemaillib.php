<?php
// phpList admin include sendemaillib (placeholder)
