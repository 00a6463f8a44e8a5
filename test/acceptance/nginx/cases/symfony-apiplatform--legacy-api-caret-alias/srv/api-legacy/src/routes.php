<?php
// stand-in: v1 routes (/books, /books/{id})
