<?php
class elFinderVolumeLocalFileSystem {}
