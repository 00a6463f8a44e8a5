/* jquery stand-in */
